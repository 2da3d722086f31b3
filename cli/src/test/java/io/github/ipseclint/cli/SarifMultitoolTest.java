// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Microsoft's SARIF Multitool (npm {@code @microsoft/sarif-multitool} 5.7.0, which {@code .ci/run}
 * installs under {@code ~/.cache/ipseclint/sarif-multitool}; {@code -Dipseclint.sarifMultitool=PATH}
 * points elsewhere) finds no error and no warning in the SARIF of the examples and the fixtures. It
 * exits 0 even when it reports errors, so its output is parsed. Skipped, saying so, when absent.
 */
class SarifMultitoolTest {
  @TempDir
  Path directory;

  @Test
  void multitoolFindsNoErrorOrWarning() throws IOException, InterruptedException {
    Path tool = Path.of(System.getProperty("ipseclint.sarifMultitool", System.getProperty("user.home")
        + "/.cache/ipseclint/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"));
    if (!Files.isExecutable(tool)) {
      System.out.println("SarifMultitoolTest: SKIPPED, no SARIF Multitool at " + tool + " (.ci/run installs it)");
    }
    Assumptions.assumeTrue(Files.isExecutable(tool), "no SARIF Multitool at " + tool);
    for (Map.Entry<String, Path> log : SarifValidation.logs(directory).entrySet()) {
      Process process = new ProcessBuilder(tool.toString(), "validate", log.getValue().toString(),
          "--rule-kind", "Sarif;Gh", "--level", "Error;Warning;Note")
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(output).as(log.getKey()).contains("Analysis completed successfully");
      List<String> problems = output.lines().filter(line -> line.matches(".*: (error|warning) [A-Z]+[0-9]+: .*"))
          .toList();
      System.out.println("SarifMultitoolTest: " + log.getKey() + ": " + problems.size() + " errors and warnings, "
          + output.lines().filter(line -> line.matches(".*: note [A-Z]+[0-9]+: .*")).count() + " notes");
      assertThat(problems).as(log.getKey()).isEmpty();
    }
  }
}
