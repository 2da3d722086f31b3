// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.engine.baseline.Baseline;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.parse.ParseOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the linter, as a front end maps its flags or parameters.
 *
 * @param explicitRoot the directory standing for {@code /} in includes; by default each argument's
 * @param baseline findings recorded earlier; matching findings are counted, not reported
 * @param includeSuppressed keep suppressed findings in the result, marked as suppressed
 * @param today the date {@code until=} of suppressions is compared with
 * @param asOf the date the policy profile's dated transitions are evaluated at ({@code --as-of})
 * @param changedFiles the files a change touched (a pull request, a commit being made); a finding
 *     about two ends of a tunnel is placed on the end whose files changed. Empty: unknown
 */
public record LintRequest(
    List<Path> paths,
    ParseOptions options,
    Optional<Path> explicitRoot,
    LintConfig config,
    Optional<Baseline> baseline,
    boolean includeSuppressed,
    LocalDate today,
    LocalDate asOf,
    Set<Path> changedFiles) {

  public LintRequest {
    paths = List.copyOf(paths);
    changedFiles = changedFiles.stream().map(path -> path.toAbsolutePath().normalize())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** A request that does not know which files changed. */
  public LintRequest(List<Path> paths, ParseOptions options, Optional<Path> explicitRoot, LintConfig config,
      Optional<Baseline> baseline, boolean includeSuppressed, LocalDate today, LocalDate asOf) {
    this(paths, options, explicitRoot, config, baseline, includeSuppressed, today, asOf, Set.of());
  }

  /** The same request, knowing which files changed. */
  public LintRequest withChangedFiles(Set<Path> changed) {
    return new LintRequest(paths, options, explicitRoot, config, baseline, includeSuppressed, today, asOf, changed);
  }

  /** A request that evaluates the profile as of {@code today}. */
  public LintRequest(List<Path> paths, ParseOptions options, Optional<Path> explicitRoot, LintConfig config,
      Optional<Baseline> baseline, boolean includeSuppressed, LocalDate today) {
    this(paths, options, explicitRoot, config, baseline, includeSuppressed, today, today);
  }
}
