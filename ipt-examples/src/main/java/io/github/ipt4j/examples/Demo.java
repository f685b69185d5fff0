package io.github.ipt4j.examples;

import io.github.ipt4j.core.HostId;
import java.io.PrintStream;

/** The demo a newcomer runs first. */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    HostId course = HostId.of("demo-course-1");
    out.println("ipt4j demo: course " + course + " (identifiers are redacted when printed)");
  }
}
