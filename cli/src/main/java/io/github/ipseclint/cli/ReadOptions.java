// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that say how files are read, shared by every command. */
final class ReadOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Read every path as this kind: ipsec.conf, swanctl.conf, strongswan.conf or ipsec.secrets "
          + "(default: from the file name).")
  String kind;

  @Option(names = "--dialect", paramLabel = "DIALECT",
      description = "Read ipsec.conf and ipsec.secrets as strongswan or libreswan (default: detected from the content).")
  String dialect;

  @Option(names = "--target", paramLabel = "TARGET",
      description = "The daemon release to check against, e.g. strongswan-5.9.8, libreswan-4.10, strongswan-6; "
          + "once per implementation (default: strongswan-6.0.6 and libreswan-5.4).")
  List<String> targets = new ArrayList<>();

  @Option(names = "--root", paramLabel = "DIR",
      description = "The directory that stands for / in absolute include paths (default: the scanned directory).")
  Path root;

  ParseOptions toParseOptions() {
    ParseOptions options = ParseOptions.defaults(Path.of(""));
    if (kind != null) {
      options = options.withKind(FileKind.fromLabel(kind).orElseThrow(() -> usage(
          "unknown --kind '" + kind + "'; use ipsec.conf, swanctl.conf, strongswan.conf or ipsec.secrets")));
    }
    if (dialect != null) {
      options = options.withDialect(Implementation.fromLabel(dialect).orElseThrow(() -> usage(
          "unknown --dialect '" + dialect + "'; use strongswan or libreswan")));
    }
    for (String written : targets) {
      options = options.withTarget(Target.parse(written).orElseThrow(() -> usage(
          "unknown --target '" + written + "'; write an implementation and a release, "
              + "e.g. strongswan-5.9.8, libreswan-4.10 or strongswan-6")));
    }
    return options;
  }

  Optional<Path> root() {
    return Optional.ofNullable(root);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
