package io.github.ipt4j.json;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.measure.Measurement;
import java.util.List;

/**
 * A host application's own data type holding an ipt4j course, for {@link JacksonModuleTest}.
 * Public so that the host's Jackson mapper can construct it on the module path.
 *
 * @param visitLabel a host field
 * @param roomNumber a host field
 * @param course the course
 * @param measurements other ipt4j values
 */
public record HostVisit(
    String visitLabel, int roomNumber, Course course, List<Measurement> measurements) {}
