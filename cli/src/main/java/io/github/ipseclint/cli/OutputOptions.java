// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where reports go: {@code --format F [--output FILE]}, repeatable, and {@code --color}. */
final class OutputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** One {@code --format}, with the {@code --output} written after it. */
  static final class Output {
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
        description = "Report format: text (default), json, sarif or github. Repeat it to write several reports.")
    String format;

    @Option(names = "--output", paramLabel = "FILE",
        description = "Write the report of the --format before it to FILE (default: standard output).")
    Path output;
  }

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<Output> outputs = new ArrayList<>();

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set or FORCE_COLOR is), "
          + "always or never.")
  String color;

  /** A report to write: its format and its file, or standard output. */
  record Target(ReportFormat format, Optional<Path> file) {}

  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (Output output : outputs) {
      ReportFormat format = ReportFormat.fromLabel(output.format).orElseThrow(() -> usage(
          "unknown --format '" + output.format + "'; use text, json, sarif or github"));
      targets.add(new Target(format, Optional.ofNullable(output.output)));
    }
    if (targets.stream().filter(target -> target.file().isEmpty()).count() > 1) {
      throw usage("only one --format can write to standard output; give the others an --output FILE");
    }
    if (targets.isEmpty()) {
      targets.add(new Target(ReportFormat.TEXT, Optional.empty()));
    }
    return targets;
  }

  /** Whether text written to {@code file} (empty: standard output) is coloured. */
  boolean colorFor(Optional<Path> file, Map<String, String> environment) {
    switch (color) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        if (file.isPresent() || present(environment, "NO_COLOR")) {
          return false;
        }
        String force = environment.get("FORCE_COLOR");
        return (force != null && !force.equals("0") && !force.equals("false")) || System.console() != null;
      default:
        throw usage("unknown --color '" + color + "'; use auto, always or never");
    }
  }

  private static boolean present(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value != null && !value.isEmpty();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
