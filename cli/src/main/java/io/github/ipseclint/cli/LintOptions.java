// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.engine.config.FailOn;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.model.policy.Profile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  @Option(names = "--profile", paramLabel = "NAME",
      description = "The policy profile the crypto rules rate algorithms by: baseline, rfc8247, nist-800-77r1, "
          + "bsi-tr-02102-3, cnsa2 or legacy-compat (default: the configuration's profile, else baseline).")
  String profile;

  @Option(names = "--changed", paramLabel = "FILE",
      description = "A file the change under review touches (repeatable): a finding about the two ends of a tunnel "
          + "is placed on the end whose files changed, where a pull request shows it.")
  List<Path> changed = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The date the profile's dated transitions are evaluated at (default: today).")
  String asOf;

  Optional<Profile> profile() {
    if (profile == null) {
      return Optional.empty();
    }
    return Optional.of(Profile.fromLabel(profile).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "unknown --profile '" + profile + "'; use one of " + Profile.labels())));
  }

  Optional<LocalDate> asOf() {
    if (asOf == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(asOf));
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--as-of takes a date like 2026-11-28, not '" + asOf + "'");
    }
  }

  /** The files named by {@code --changed}. */
  Set<Path> changedFiles() {
    return Set.copyOf(changed);
  }

  /** The configuration with the command line's profile, which wins over the file's. */
  LintConfig apply(LintConfig config) {
    return profile().map(config::withProfileOverride).orElse(config);
  }

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
