// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command over files whose secrets are unique random strings, written in every way the
 * formats allow (quoted, unquoted, hex, base64, 0t, broken lines the daemons reject), must print
 * none of them: not as written, not decoded, not in hex or base64.
 */
class SecretCanaryTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir
  Path directory;

  private final List<String> canaries = new ArrayList<>();

  @BeforeEach
  void writeFiles() throws IOException {
    Path strongswan = Files.createDirectories(directory.resolve("sw"));
    Files.writeString(strongswan.resolve("ipsec.conf"), "conn a\n\tleft=192.0.2.1\n\tauthby=psk\n\tauto=add\n");
    Files.writeString(strongswan.resolve("ipsec.secrets"), String.join("\n",
        ": PSK \"" + canary() + "\"",
        "@a @b : PSK " + canary(),
        "@c : PSK 0x" + hex(canary()),
        "@d : PSK 0s" + base64(canary()),
        "carol : EAP '" + canary() + "'",
        "carol : XAUTH \"" + canary() + "\" " + canary(),
        ": RSA key.pem \"" + canary() + "\"",
        "@e : PSK \"" + canary() + " with a quote\" inside\"",
        "@h : PSK \"0x" + hex(canary()) + "\"",
        "@i : PSK \"" + canary() + "\\\\x\"",
        "@j : PSK \"\u00e4" + canary() + "\"",
        "192.0.2.1 : PSK \"" + canary() + "\"",
        "@k : PSK " + canary() + " " + canary(),
        "@l : PSK \"0123456789\"",
        "@m : PSK \"" + canary() + "\\\"" + canary() + "\"",
        "@f: PSK \"" + canary() + "\"",
        "@g : PSK \"" + canary() + " unterminated",
        ""));
    Path libreswan = Files.createDirectories(directory.resolve("ls"));
    Files.writeString(libreswan.resolve("ipsec.conf"), "conn a\n\tleft=192.0.2.1\n\tike=aes256-sha2;dh19\n"
        + "conn b\n\tleft=192.0.2.1\n\tright=198.51.100.7\n\tleftid=@nobody\n\trightid=@nothere\n\tauthby=secret\n"
        + "\tauto=add\n");
    Files.writeString(libreswan.resolve("ipsec.secrets"), String.join("\n",
        "@a @b : PSK \"" + canary() + "\"",
        "@c: PSK 0t" + canary() + " and more words",
        "@d : PSK " + canary(),
        "@e : PSK \"" + canary() + "\" " + canary(),
        "@f : PSK 0x" + hex(canary()) + "0",
        "@g : XAUTH '" + canary() + "'",
        "@h : PPKS \"ppk-id\" \"" + canary() + "\"",
        "@i : PSK \"" + canary() + "x".repeat(2100) + "\"",
        "@j : PSK \"" + canary() + "\"#" + canary(),
        ""));
    Path swanctl = Files.createDirectories(directory.resolve("hub/swanctl"));
    Files.writeString(swanctl.resolve("swanctl.conf"), String.join("\n",
        "secrets {",
        "  ike-a { id = @a\n    secret = \"" + canary() + "\" }",
        "  ike-b { secret = 0x" + hex(canary()) + " }",
        "  eap-c { secret = " + canary() + "#" + canary() + " }",
        "  IKE-d { secret = " + canary() + " }",
        "  ppk-e { secret = 0s" + base64(canary()) + " }",
        "  private-f { file = key.pem\n    secret = " + canary() + " }",
        "}",
        "connections {\n  c {\n    foo = bar\n  }\n}",
        ""));
    // swanctl.conf above has a syntax error (the '#' comments out a '}'), so swanctl reads nothing
    // from it; this valid file lets the rules over swanctl secrets report too.
    Files.writeString(Files.createDirectories(swanctl.resolve("conf.d")).resolve("more.conf"), String.join("\n",
        "secrets {",
        "  ike-g { secret = \"0x" + hex(canary()) + "\" }",
        "  ike-h { secret = \"a\\q" + canary() + "\" }",
        "  ike-i { secret = \"" + canary() + "\"tail }",
        "  ike-j { secret = \"\u00e4" + canary() + "\" }",
        "  ike-k { secret = " + canary() + "#" + canary() + "\n  }",
        "}",
        ""));
    Files.writeString(directory.resolve("hub/strongswan.conf"),
        "charon {\n  plugins {\n    eap-radius {\n      secret = " + canary() + "\n    }\n  }\n}\n");
  }

  /** The rules whose messages describe a secret; the files above make each of them report. */
  private static final List<String> SECRET_RULES = List.of("libreswan-secrets-line-too-long", "missing-secret",
      "non-ascii-secret", "quote-inside-quoted-secret", "quoted-encoding-prefix", "secret-escape-sequence",
      "secret-trailing-tokens", "shadowed-secret", "unprefixed-libreswan-secret", "unquoted-secret-truncated",
      "weak-psk");

  @Test
  void checkPrintsNoSecret() {
    CommandRun run = CommandRun.of(directory.toString());
    assertNoSecretIn(run);
    for (String rule : SECRET_RULES) {
      assertThat(run.all()).as("the canary files trigger " + rule).contains("[" + rule + "]");
    }
  }

  @Test
  void everyFormatWritesNoSecret() throws IOException {
    Path reports = Files.createTempDirectory("ipseclint-canary");
    Path summary = reports.resolve("summary.md");
    for (String dialect : List.of("strongswan", "libreswan")) {
      for (String format : List.of("text", "json", "sarif", "github")) {
        Path file = reports.resolve(dialect + "." + format);
        CommandRun run = CommandRun.with(Map.of("GITHUB_STEP_SUMMARY", summary.toString(), "FORCE_COLOR", "1"),
            new ByteArrayInputStream(new byte[0]), "--dialect", dialect, "--include-suppressed",
            "--format", format, "--format", format, "--output", file.toString(), directory.toString());
        assertNoSecretIn(run);
        assertNoSecretIn(new CommandRun(0, Files.readString(file), ""));
      }
    }
    assertNoSecretIn(new CommandRun(0, Files.readString(summary), ""));
  }

  @Test
  void standardInputPrintsNoSecret() throws IOException {
    for (String name : List.of("sw/ipsec.secrets", "ls/ipsec.secrets", "hub/swanctl/swanctl.conf")) {
      byte[] bytes = Files.readAllBytes(directory.resolve(name));
      for (String format : List.of("text", "json", "sarif", "github")) {
        assertNoSecretIn(CommandRun.with(Map.of(), new ByteArrayInputStream(bytes),
            "--stdin-filename", name, "--format", format, "-"));
      }
    }
  }

  @Test
  void ruleCatalogAndUsageErrorsPrintNoSecret() {
    assertNoSecretIn(CommandRun.of("--list-rules"));
    assertNoSecretIn(CommandRun.of("--explain", "parse-error"));
    assertNoSecretIn(CommandRun.of("--help"));
    assertNoSecretIn(CommandRun.of("--format", "nope", directory.toString()));
  }

  @Test
  void dumpPrintsNoSecret() throws IOException {
    List<String> files = new ArrayList<>();
    try (var walk = Files.walk(directory)) {
      walk.filter(Files::isRegularFile).map(Path::toString).forEach(files::add);
    }
    for (String file : files) {
      assertNoSecretIn(CommandRun.of("dump", file));
    }
  }

  @Test
  void eachDialectAndKindPrintsNoSecret() {
    for (String dialect : List.of("strongswan", "libreswan")) {
      assertNoSecretIn(CommandRun.of("--dialect", dialect, directory.resolve("sw").toString()));
      assertNoSecretIn(CommandRun.of("--dialect", dialect, directory.resolve("ls").toString()));
      assertNoSecretIn(CommandRun.of("dump", "--dialect", dialect, directory.resolve("ls/ipsec.secrets").toString()));
    }
    assertNoSecretIn(CommandRun.of("--kind", "strongswan.conf", directory.resolve("hub/swanctl/swanctl.conf").toString()));
  }

  @Test
  void simulateAndMatrixPrintNoSecret() {
    // Two ends whose keys differ (each a canary), so that the PSK check has something to explain.
    Path left = TunnelHosts.swanctlHost(directory.resolve("tunnel/left"),
        TunnelHosts.swanctlLeft("", "        start_action = start\n", canary()));
    Path right = TunnelHosts.libreswanHost(directory.resolve("tunnel/right"),
        TunnelHosts.siteRight("site", "\tauto=start\n"), canary());
    TunnelHosts.write(right, "ipsec.secrets", "@right @left : PSK \"" + canary() + "\"\n"
        + "@right : PSK 0x" + hex(canary()) + "\n" + "%any : PSK \"" + canary() + "\" " + canary() + "\n");
    List<String[]> pairs = List.of(new String[] {left.toString(), right.toString()},
        new String[] {right.toString(), left.toString()},
        new String[] {directory.resolve("sw").toString(), directory.resolve("ls") + "#b"},
        new String[] {directory.resolve("ls") + "#b", directory.resolve("hub").toString()});
    for (String[] pair : pairs) {
      for (String format : List.of("text", "json")) {
        assertNoSecretIn(CommandRun.of("simulate", "--format", format, pair[0], pair[1]));
      }
      for (String format : List.of("markdown", "html")) {
        assertNoSecretIn(CommandRun.of("matrix", "--format", format, pair[0], pair[1]));
      }
    }
  }

  private void assertNoSecretIn(CommandRun run) {
    String output = run.all();
    assertThat(output).as("the command printed something").isNotEmpty();
    for (String canary : canaries) {
      for (String form : forms(canary)) {
        // The canaries are random test values, so naming the leaking line is safe here.
        String leak = output.lines().filter(line -> line.contains(form)).findFirst().orElse("");
        assertThat(leak).as("a secret appeared in the output").isEmpty();
      }
    }
  }

  private static List<String> forms(String canary) {
    String hex = hex(canary);
    return List.of(canary, hex, hex.toUpperCase(Locale.ROOT), base64(canary),
        // a part is enough to leak: the middle 12 characters
        canary.substring(6, 18));
  }

  private String canary() {
    StringBuilder text = new StringBuilder("K");
    String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < 23; i++) {
      text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    canaries.add(text.toString());
    return text.toString();
  }

  private static String hex(String text) {
    return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
