// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.IpsecModel;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.ConfigReader;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.parse.identity.IpLiteral;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Builds the model of inline configurations for the converter tests. */
final class ModelFixtures {
  private ModelFixtures() {}

  static Document read(String text, FileKind kind, Implementation dialect, String target) {
    ParseOptions options = ParseOptions.defaults(Path.of(".")).withTarget(Target.parse(target).orElseThrow());
    ConfigReader reader = new ConfigReader(options, Path::toString);
    return reader.read(SourceFile.inMemory(kind.label(), text), kind, dialect).document();
  }

  static IpsecModel model(String text, FileKind kind, Implementation dialect, String target, String... hosts) {
    Set<IpAddress> own = java.util.Arrays.stream(hosts).map(h -> IpLiteral.parse(h).orElseThrow())
        .collect(java.util.stream.Collectors.toSet());
    return new ModelBuilder(own).build(List.of(read(text, kind, dialect, target)));
  }

  static Connection connection(IpsecModel model, String name) {
    return model.connections().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }
}
