// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.config;

import io.github.ipseclint.model.policy.Policy;
import io.github.ipseclint.model.policy.Profile;
import io.github.ipseclint.model.policy.ProfileSelection;
import java.time.LocalDate;
import io.github.ipseclint.model.finding.RuleId;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.pairing.ExplicitPair;
import io.github.ipseclint.pairing.PeerConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded {@code .ipseclint.yaml} (or the defaults): see the "Configuration" section of the
 * README for the schema.
 *
 * @param base the directory globs are relative to: the configuration file's directory
 * @param rules settings by rule id (aliases already resolved)
 * @param include when not empty, only files matching one of these are linted
 * @param exclude files matching one of these are not linted
 * @param hosts directories that are daemon hosts; files elsewhere follow the default convention
 *     ({@link io.github.ipseclint.model.ipsec.Host})
 * @param peers explicit tunnels, {@code host/file#conn} pairs
 */
public record LintConfig(
    Path base,
    Optional<ProfileSelection> profile,
    List<TargetGlob> targets,
    Map<RuleId, RuleSetting> rules,
    List<PathGlob> include,
    List<PathGlob> exclude,
    Optional<FailOn> failOn,
    List<HostGlob> hosts,
    List<ExplicitPair> peers) {

  public LintConfig {
    targets = List.copyOf(targets);
    rules = Map.copyOf(rules);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    hosts = List.copyOf(hosts);
    peers = List.copyOf(peers);
  }

  /** A configuration without {@code hosts:} and {@code peers:}. */
  public LintConfig(Path base, Optional<ProfileSelection> profile, List<TargetGlob> targets,
      Map<RuleId, RuleSetting> rules, List<PathGlob> include, List<PathGlob> exclude, Optional<FailOn> failOn) {
    this(base, profile, targets, rules, include, exclude, failOn, List.of(), List.of());
  }

  /** No configuration file: every rule at its default severity, every file, every target default. */
  public static LintConfig defaults(Path base) {
    return new LintConfig(base, Optional.empty(), List.of(), Map.of(), List.of(), List.of(), Optional.empty());
  }

  /** The selected profile (the default profile when none is selected) at a date. */
  public Policy policy(LocalDate asOf) {
    return profile.orElse(ProfileSelection.of(Profile.DEFAULT)).at(asOf);
  }

  /** The same configuration with another profile (the command line's {@code --profile}). */
  public LintConfig withProfile(ProfileSelection selection) {
    return new LintConfig(base, Optional.of(selection), targets, rules, include, exclude, failOn, hosts, peers);
  }

  /**
   * The same configuration with a profile chosen by a flag or parameter, which wins over the
   * file's; the file's {@code high_protection} is kept when it names the same profile.
   */
  public LintConfig withProfileOverride(Profile chosen) {
    boolean highProtection = profile.filter(selection -> selection.profile() == chosen)
        .map(ProfileSelection::highProtection).orElse(false);
    return withProfile(new ProfileSelection(chosen, highProtection));
  }

  public RuleSetting rule(RuleId id) {
    return rules.getOrDefault(id, RuleSetting.DEFAULT);
  }

  public boolean isOff(RuleId id) {
    return rule(id).off();
  }

  /** The same configuration with one rule's setting replaced. */
  public LintConfig withRule(RuleId id, RuleSetting setting) {
    Map<RuleId, RuleSetting> changed = new HashMap<>(rules);
    changed.put(id, setting);
    return new LintConfig(base, profile, targets, changed, include, exclude, failOn, hosts, peers);
  }

  /** True when a file found in a directory walk or named on the command line is linted. */
  public boolean selects(Path file) {
    boolean included = include.isEmpty() || include.stream().anyMatch(glob -> glob.matches(base, file));
    return included && exclude.stream().noneMatch(glob -> glob.matches(base, file));
  }

  /** The target of the first {@code targets} glob that matches the file. */
  public Optional<Target> targetFor(Path file) {
    return targets.stream().filter(t -> t.glob().matches(base, file)).map(TargetGlob::target).findFirst();
  }

  /**
   * The directory of the configured host a file belongs to: its deepest ancestor that a {@code
   * hosts:} glob matches. Empty when none does; the default convention applies then.
   */
  public Optional<Path> hostDirectory(Path file) {
    return hostOf(file).map(HostMatch::directory);
  }

  /** The target of the configured host a file belongs to, when that host names one. */
  public Optional<Target> hostTarget(Path file) {
    return hostOf(file).flatMap(match -> match.host().target());
  }

  private record HostMatch(Path directory, HostGlob host) {}

  private Optional<HostMatch> hostOf(Path file) {
    if (hosts.isEmpty()) {
      return Optional.empty();
    }
    Path root = base.toAbsolutePath().normalize();
    for (Path directory = file.toAbsolutePath().normalize().getParent();
        directory != null && directory.startsWith(root); directory = directory.getParent()) {
      for (HostGlob host : hosts) {
        if (host.glob().matches(root, directory)) {
          return Optional.of(new HostMatch(directory, host));
        }
      }
    }
    return Optional.empty();
  }

  /** The explicit pairs, with the directory their paths are relative to. */
  public PeerConfig peerConfig() {
    return new PeerConfig(base, peers);
  }
}
