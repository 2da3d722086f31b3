// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ipseclint.engine.config.ConfigException;
import io.github.ipseclint.engine.config.ConfigLoader;
import io.github.ipseclint.engine.config.FailOn;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.model.policy.Profile;
import io.github.ipseclint.model.policy.ProfileSelection;
import io.github.ipseclint.model.finding.RuleId;
import io.github.ipseclint.model.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path directory;

  private Path write(String yaml) throws IOException {
    Path file = directory.resolve(ConfigLoader.FILE_NAME);
    Files.writeString(file, yaml);
    return file;
  }

  private ConfigException failure(String yaml) throws IOException {
    Path file = write(yaml);
    return catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file, TestRules.registry()));
  }

  @Test
  void readsEveryKey() throws Exception {
    LintConfig config = ConfigLoader.load(write("""
        profile: bsi-tr-02102-3
        fail-on: warning
        include: ["**/*.conf"]
        exclude: vendor/**
        targets:
          "legacy/**": libreswan-4.10
        rules:
          left-setting:
            severity: note
          old-right-setting:
            off: true
        """), TestRules.registry());
    assertThat(config.profile()).contains(ProfileSelection.of(Profile.BSI_TR_02102_3));
    assertThat(config.failOn()).contains(FailOn.WARNING);
    assertThat(config.rule(new RuleId("left-setting")).severity()).contains(Severity.NOTE);
    assertThat(config.isOff(new RuleId("right-setting"))).isTrue();
    assertThat(config.selects(directory.resolve("a/ipsec.conf"))).isTrue();
    assertThat(config.selects(directory.resolve("vendor/ipsec.conf"))).isFalse();
    assertThat(config.selects(directory.resolve("a/ipsec.secrets"))).isFalse();
    assertThat(config.targetFor(directory.resolve("legacy/x/ipsec.conf")).orElseThrow().toString())
        .isEqualTo("libreswan-4.10.0");
  }

  @Test
  void anEmptyFileMeansDefaults() throws Exception {
    assertThat(ConfigLoader.load(write(""), TestRules.registry()).rules()).isEmpty();
  }

  @Test
  void brokenYamlIsReportedAtItsPosition() throws IOException {
    ConfigException e = failure("rules:\n  left-setting: [\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("not valid YAML");
  }

  @Test
  void anUnknownKeyIsReportedAtItsPosition() throws IOException {
    ConfigException e = failure("profile: rfc8247\nfail_on: error\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage()).contains("unknown key 'fail_on'");
  }

  @Test
  void anUnknownProfileNamesTheKnownOnes() throws IOException {
    ConfigException e = failure("profile: nsa-suite-b\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.getMessage()).contains("rfc8247").contains("legacy-compat");
  }

  @Test
  void aProfileMayCarryBsiHighProtection() throws Exception {
    LintConfig config = ConfigLoader.load(write("profile:\n  name: bsi-tr-02102-3\n  high_protection: true\n"),
        TestRules.registry());
    assertThat(config.profile()).contains(new ProfileSelection(Profile.BSI_TR_02102_3, true));
    assertThat(failure("profile:\n  name: rfc8247\n  high_protection: true\n").getMessage())
        .contains("bsi-tr-02102-3 only");
    assertThat(LintConfig.defaults(directory).policy(java.time.LocalDate.of(2026, 1, 1)).profile())
        .isEqualTo(Profile.BASELINE);
  }

  @Test
  void anUnknownRuleSeverityOrOptionIsRefused() throws IOException {
    assertThat(failure("rules:\n  no-such-rule:\n    off: true\n").getMessage()).contains("2:3").contains("unknown rule");
    assertThat(failure("rules:\n  left-setting:\n    severity: fatal\n").getMessage()).contains("3:15");
    assertThat(failure("rules:\n  left-setting:\n    options:\n      depth: 3\n").getMessage())
        .contains("4:7").contains("takes none");
    assertThat(failure("rules:\n  left-setting:\n    off: maybe\n").getMessage()).contains("off must be true or false");
  }

  @Test
  void aDuplicateKeyIsRefused() throws IOException {
    assertThat(failure("fail-on: error\nfail-on: note\n").line()).isEqualTo(2);
  }

  @Test
  void theNearestFileUpwardIsFound() throws IOException {
    Path file = write("profile: rfc8247\n");
    Path deep = Files.createDirectories(directory.resolve("a/b"));
    assertThat(ConfigLoader.discover(deep)).contains(file.toAbsolutePath());
  }

  @Test
  void readsHostsWithTargetsAndExplicitPeers() throws Exception {
    LintConfig config = ConfigLoader.load(write("""
        hosts:
          - "sites/*"
          - glob: "legacy/gw-*"
            target: libreswan-4.10
        peers:
          - [sites/a/ipsec.conf#to-b, "legacy/gw-1#to-a"]
        """), TestRules.registry());
    assertThat(config.hostDirectory(directory.resolve("sites/a/swanctl/swanctl.conf")))
        .contains(directory.resolve("sites/a").toAbsolutePath().normalize());
    assertThat(config.hostDirectory(directory.resolve("other/ipsec.conf"))).isEmpty();
    assertThat(config.hostTarget(directory.resolve("legacy/gw-1/ipsec.conf")).orElseThrow().toString())
        .isEqualTo("libreswan-4.10.0");
    assertThat(config.hostTarget(directory.resolve("sites/a/ipsec.conf"))).isEmpty();
    assertThat(config.peers()).hasSize(1);
    assertThat(config.peers().get(0).left().toString()).isEqualTo("sites/a/ipsec.conf#to-b");
    assertThat(config.peers().get(0).right().toString()).isEqualTo("legacy/gw-1#to-a");
    assertThat(config.peers().get(0).span().line()).isEqualTo(6);
    assertThat(config.peerConfig().base()).isEqualTo(directory.toAbsolutePath().normalize());
  }

  @Test
  void aMalformedPeerOrHostIsRefusedAtItsPosition() throws IOException {
    assertThat(failure("peers:\n  - [a#b]\n").getMessage()).endsWith(":2:5: a pair lists exactly two connections,"
        + " e.g. [site-a/ipsec.conf#to-b, site-b#to-a]");
    assertThat(failure("peers:\n  - [a#b, c]\n").getMessage()).endsWith(":2:11: 'c' is not a connection reference;"
        + " write host/file#conn or host#conn");
    assertThat(failure("hosts:\n  - glob: a\n    target: nope\n").getMessage()).endsWith(":3:13: unknown target"
        + " 'nope'; write e.g. strongswan-5.9.8, libreswan-4.10 or strongswan-6");
    assertThat(failure("hosts: a\n").getMessage()).endsWith(":1:8: hosts must be a list of globs naming host directories");
  }
}
