// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes a baseline as JSON: {@code {"version":1,"findings":[{"rule","file","hash"}...]}}. */
public final class BaselineFile {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private BaselineFile() {}

  public static void write(Path file, Baseline baseline) throws IOException {
    MAPPER.writeValue(file.toFile(), baseline);
  }

  /** @throws IOException when the file cannot be read or is not a baseline of this version */
  public static Baseline read(Path file) throws IOException {
    Baseline baseline = MAPPER.readValue(file.toFile(), Baseline.class);
    if (baseline.version() != Baseline.VERSION || baseline.findings().stream()
        .anyMatch(f -> f.rule() == null || f.file() == null || f.hash() == null)) {
      throw new IOException(file + " is not an ipseclint baseline of version " + Baseline.VERSION);
    }
    return baseline;
  }
}
