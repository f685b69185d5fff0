/**
 * Rules as values: {@link io.github.ipt4j.core.rule.Rule} is the catalogue of every rule ipt4j
 * enforces, each with a stable code, a {@link io.github.ipt4j.core.rule.Severity}, the section of
 * the clinical reference ({@code docs/clinical-reference.md}) it comes from, its primary sources
 * and a message; {@link io.github.ipt4j.core.rule.Provenance} says where a rule or a named default
 * comes from and whether it is a convention [C]; {@link io.github.ipt4j.core.rule.Violation} is one
 * broken rule as reported when an event is applied.
 */
@NullMarked
package io.github.ipt4j.core.rule;

import org.jspecify.annotations.NullMarked;
