// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An external program run by the front-end tests: its exit code and its merged output. */
record ExternalRun(int exitCode, String output) {
  /** The packaged command line jar, built by the package phase before these tests run. */
  static Path jar() {
    return SarifValidation.repository().resolve("cli/target/ipseclint.jar");
  }

  static ExternalRun run(Path directory, Map<String, String> environment, List<String> command)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("ipseclint-process", ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      return new ExternalRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** True when {@code program} is on the PATH. */
  static boolean onPath(String program) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
        return true;
      }
    }
    return false;
  }
}
