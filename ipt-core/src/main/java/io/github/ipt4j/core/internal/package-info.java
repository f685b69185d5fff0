/** Implementation details of ipt4j core. Not exported; not an API. */
@NullMarked
package io.github.ipt4j.core.internal;

import org.jspecify.annotations.NullMarked;
