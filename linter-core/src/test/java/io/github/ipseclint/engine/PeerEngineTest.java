// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.engine.config.ConfigLoader;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.engine.config.RuleSetting;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.RelatedLocation;
import io.github.ipseclint.model.finding.RuleId;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine pairs the scanned hosts and calls the peer rules once, with real configuration files. */
class PeerEngineTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  @TempDir
  Path root;

  private final Linter linter = new Linter(TestRules.registry());

  private static String site(String name, String local, String remote) {
    return """
        connections {
          %s {
            local_addrs = %s
            remote_addrs = %s
            local {
              auth = psk
            }
            remote {
              auth = psk
            }
            children {
              net {
                start_action = start
              }
            }
          }
        }
        """.formatted(name, local, remote);
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private LintConfig config(String yaml) throws Exception {
    write(ConfigLoader.FILE_NAME, yaml);
    LintConfig config = ConfigLoader.load(root.resolve(ConfigLoader.FILE_NAME), TestRules.registry());
    for (String off : List.of("right-setting", "left-setting", "broken-rule")) {
      config = config.withRule(new RuleId(off), RuleSetting.OFF);
    }
    return config;
  }

  private List<Finding> run(LintConfig config, Set<Path> changed) throws IOException {
    LintRequest request = new LintRequest(List.of(root), ParseOptions.defaults(root), Optional.of(root), config,
        Optional.empty(), false, TODAY, TODAY, changed);
    return linter.run(request).findings().stream().map(LintFinding::finding)
        .filter(finding -> finding.rule().value().equals("tunnel-found")).toList();
  }

  private List<String> lines(List<Finding> findings) {
    return findings.stream().map(finding -> shown(finding.span()) + " " + finding.message()
        + finding.related().stream().map(RelatedLocation::span).map(span -> " / " + shown(span)).reduce("", String::concat))
        .toList();
  }

  private String shown(io.github.ipseclint.model.source.Span span) {
    String path = span.file().displayPath();
    return (path.startsWith(root.toString()) ? root.relativize(Path.of(path)).toString() : path) + ":" + span.line();
  }

  @Test
  void pairsTheHostsOfTheScanAndSimulatesEachTunnelOnce() throws Exception {
    write("gw-a/swanctl/swanctl.conf", site("to-b", "192.0.2.1", "192.0.2.2"));
    write("gw-b/swanctl/swanctl.conf", site("to-a", "192.0.2.2", "192.0.2.1"));

    assertThat(lines(run(config("{}"), Set.of()))).containsExactly(
        "gw-a/swanctl/swanctl.conf:2 tunnel gw-a#to-b <-> gw-b#to-a (AUTOMATIC, 2 directions)"
            + " / gw-b/swanctl/swanctl.conf:2");
  }

  @Test
  void placesTheFindingOnTheEndWhoseFileChanged() throws Exception {
    write("gw-a/swanctl/swanctl.conf", site("to-b", "192.0.2.1", "192.0.2.2"));
    write("gw-b/swanctl/swanctl.conf", site("to-a", "192.0.2.2", "192.0.2.1"));

    assertThat(lines(run(config("{}"), Set.of(root.resolve("gw-b/swanctl/swanctl.conf"))))).containsExactly(
        "gw-b/swanctl/swanctl.conf:2 tunnel gw-a#to-b <-> gw-b#to-a (AUTOMATIC, 2 directions)"
            + " / gw-a/swanctl/swanctl.conf:2");
    assertThat(lines(run(config("{}"), Set.of(root.resolve("gw-a/swanctl/swanctl.conf"))))).containsExactly(
        "gw-a/swanctl/swanctl.conf:2 tunnel gw-a#to-b <-> gw-b#to-a (AUTOMATIC, 2 directions)"
            + " / gw-b/swanctl/swanctl.conf:2");
  }

  @Test
  void configuredHostsGroupFilesBelowThemIntoOneHost() throws Exception {
    // Without hosts:, each of the two directories below site-a would be a host of its own.
    write("site-a/main/swanctl/swanctl.conf", site("to-b", "192.0.2.1", "192.0.2.2"));
    write("site-a/extra/swanctl/swanctl.conf", site("to-c", "192.0.2.1", "192.0.2.3"));
    write("site-b/swanctl/swanctl.conf", site("to-a", "192.0.2.2", "192.0.2.1"));

    assertThat(lines(run(config("hosts: [\"site-*\"]\n"), Set.of()))).containsExactly(
        "site-a/extra/swanctl/swanctl.conf:2 unpaired site-a#to-c",
        "site-a/main/swanctl/swanctl.conf:2 tunnel site-a#to-b <-> site-b#to-a (AUTOMATIC, 2 directions)"
            + " / site-b/swanctl/swanctl.conf:2");
  }

  @Test
  void explicitPairsAreReadFromTheConfigurationAndUnresolvedOnesReportedThere() throws Exception {
    write("gw-a/swanctl/swanctl.conf", site("to-b", "192.0.2.1", "192.0.2.2"));
    write("gw-b/swanctl/swanctl.conf", site("to-a", "192.0.2.2", "192.0.2.1"));

    List<String> found = lines(run(config("""
        peers:
          - [gw-a/swanctl/swanctl.conf#to-b, gw-b#to-a]
          - [gw-a#to-b, gw-c#to-a]
        """), Set.of()));

    assertThat(found).hasSize(2);
    assertThat(found.get(0)).endsWith(".ipseclint.yaml:3 '" + "gw-c#to-a' names no scanned host (a directory of"
        + " ipsec.conf, ipsec.secrets or swanctl/ files, relative to the configuration file)");
    assertThat(found.get(1)).isEqualTo("gw-a/swanctl/swanctl.conf:2 tunnel gw-a#to-b <-> gw-b#to-a (EXPLICIT,"
        + " 2 directions) / gw-b/swanctl/swanctl.conf:2");
  }

  @Test
  void aSingleHostIsNotPaired() throws Exception {
    write("gw-a/swanctl/swanctl.conf", site("to-b", "192.0.2.1", "192.0.2.2"));

    assertThat(run(config("{}"), Set.of())).isEmpty();
  }

  /** Throws on every scan with a tunnel. */
  @LintRule(id = "broken-peer-rule", name = "BrokenPeerRule", severity = Severity.ERROR, tags = Tag.TOOLING,
      description = "A peer rule with a bug")
  static final class BrokenPeerRule implements PeerRule {
    @Override
    public void check(PeerAnalysis analysis, Reporter reporter) {
      throw new IllegalStateException("bug");
    }
  }

  @Test
  void aPeerRuleThatThrowsIsAnInternalErrorAtTheFirstTunnelsFile() throws Exception {
    write("gw-a/swanctl/swanctl.conf", site("to-b", "192.0.2.1", "192.0.2.2"));
    write("gw-b/swanctl/swanctl.conf", site("to-a", "192.0.2.2", "192.0.2.1"));
    Linter broken = new Linter(RuleRegistry.of(List.of(TestRules.pack(new BrokenPeerRule(),
        new TestRules.ParseError(), new TestRules.InternalError(), new TestRules.UnusedSuppression(),
        new TestRules.ExpiredSuppression(), new TestRules.SuppressionWithoutReason()))));

    LintResult result = broken.run(new LintRequest(List.of(root), ParseOptions.defaults(root), Optional.of(root),
        LintConfig.defaults(root), Optional.empty(), false, TODAY));

    assertThat(result.failures()).extracting(failure -> failure.rule().value()).containsExactly("broken-peer-rule");
    assertThat(lines(result.findings().stream().map(LintFinding::finding).toList())).containsExactly(
        "gw-a/swanctl/swanctl.conf:1 rule 'broken-peer-rule' failed on this file (IllegalStateException); its"
            + " findings for the file are incomplete; please report it");
  }
}
