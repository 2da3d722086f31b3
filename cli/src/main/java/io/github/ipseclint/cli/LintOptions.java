// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.engine.config.FailOn;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that say which findings count: configuration, threshold, suppressions, baseline. */
final class LintOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "The configuration file (default: the nearest .ipseclint.yaml from the working directory upward).")
  Path config;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit with 1 when a finding is at or above LEVEL: error, warning, note or never "
          + "(default: the configuration's fail-on, else error).")
  String failOn;

  @Option(names = "--include-suppressed",
      description = "Also print findings suppressed by inline comments, marked as suppressed.")
  boolean includeSuppressed;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Report only findings that this baseline does not record.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record the current findings in FILE, to be used with --baseline later.")
  Path writeBaseline;

  Optional<FailOn> failOn() {
    if (failOn == null) {
      return Optional.empty();
    }
    return Optional.of(FailOn.fromLabel(failOn).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "unknown --fail-on '" + failOn + "'; use error, warning, note or never")));
  }

  Optional<Path> config() {
    return Optional.ofNullable(config);
  }

  Optional<Path> baseline() {
    return Optional.ofNullable(baseline);
  }

  Optional<Path> writeBaseline() {
    return Optional.ofNullable(writeBaseline);
  }
}
