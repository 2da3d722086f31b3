// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.ConfigReader;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.parse.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** formats.md C30: a relative include is resolved against the working directory (the root). */
class LibreswanIncludeBaseTest {

  @Test
  void relativeIncludeIgnoresTheIncludingFilesDirectory(@TempDir Path root) throws IOException {
    Path etc = Files.createDirectories(root.resolve("etc"));
    Files.writeString(etc.resolve("sub.conf"), "conn sub\n\tleft=192.0.2.1\n");
    ReadResult result = read(root, etc.resolve("ipsec.conf"), "include sub.conf\n");

    assertThat(result.findings()).extracting(Finding::message)
        .singleElement().asString().startsWith("could not open include filename: 'sub.conf'");
    assertThat(((ConfDocument) result.document()).conns()).isEmpty();
  }

  @Test
  void relativeIncludeIsFoundUnderTheRoot(@TempDir Path root) throws IOException {
    Path etc = Files.createDirectories(root.resolve("etc"));
    Files.writeString(etc.resolve("sub.conf"), "conn sub\n\tleft=192.0.2.1\n");
    ReadResult result = read(root, etc.resolve("ipsec.conf"), "include etc/sub.conf\n");

    assertThat(result.findings()).isEmpty();
    assertThat(((ConfDocument) result.document()).conns()).hasSize(1);
  }

  private static ReadResult read(Path root, Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    ConfigReader reader = new ConfigReader(ParseOptions.defaults(root), path -> root.relativize(path).toString());
    return reader.read(SourceFile.of("etc/ipsec.conf", file, Files.readAllBytes(file)),
        FileKind.IPSEC_CONF, Implementation.LIBRESWAN);
  }
}
