// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.ConfigReader;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.parse.ReadResult;
import io.github.ipseclint.parse.identity.LibreswanIdentityParser;
import io.github.ipseclint.parse.identity.StrongswanIdentityParser;
import io.github.ipseclint.parse.secrets.SecretsConverter;
import io.github.ipseclint.parse.settings.SwanctlSecretsConverter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads secrets files from text or test resources and converts them, for the model tests. */
final class SecretsFixtures {
  static final Path PARSE = Path.of("src/test/resources/parse");

  private SecretsFixtures() {}

  static ReadResult read(String name, String text, FileKind kind, Implementation dialect) {
    ConfigReader reader = new ConfigReader(ParseOptions.defaults(Path.of(".")), Path::toString);
    return reader.read(SourceFile.inMemory(name, text), kind, dialect);
  }

  static List<Secret> secrets(String text, Implementation dialect, FindingSink sink) {
    ReadResult result = read("ipsec.secrets", text, FileKind.IPSEC_SECRETS, dialect);
    return SecretsConverter.convert((SecretsDocument) result.document(), sink);
  }

  static List<Secret> secrets(String text, Implementation dialect) {
    return secrets(text, dialect, new FindingSink());
  }

  static List<Secret> swanctl(String text, FindingSink sink) {
    ReadResult result = read("swanctl.conf", text, FileKind.SWANCTL_CONF, Implementation.STRONGSWAN);
    return SwanctlSecretsConverter.convert((SettingsDocument) result.document(), sink);
  }

  static String resource(String relative) {
    try {
      return Files.readString(PARSE.resolve(relative), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An identity typed as a lookup key, read the way the daemon reads it. */
  static Identity id(String text, Implementation implementation) {
    Located<ByteText> written = new Located<>(ByteText.ofUtf8(text),
        SourceFile.inMemory("lookup", text).span(0, 0));
    return implementation == Implementation.STRONGSWAN
        ? StrongswanIdentityParser.parse(written)
        : LibreswanIdentityParser.parse(written).identity().orElseThrow();
  }

  static String keyText(Secret secret) {
    return new String(secret.key().orElseThrow().copyOfBytes(), StandardCharsets.UTF_8);
  }
}
