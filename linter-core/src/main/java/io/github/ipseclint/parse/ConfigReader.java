// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.include.IncludeResolver;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The parse facade: reads one top-level file of a known kind and dialect, with its includes,
 * and returns the document and the findings. Bad input never throws.
 */
public final class ConfigReader {
  private final ParseOptions options;
  private final Function<Path, String> displayName;

  public ConfigReader(ParseOptions options, Function<Path, String> displayName) {
    this.options = options;
    this.displayName = displayName;
  }

  public ParseOptions options() {
    return options;
  }

  /** Reads {@code file} as {@code kind} in {@code dialect}, following the configured target. */
  public ReadResult read(SourceFile file, FileKind kind, Implementation dialect) {
    Target target = options.targetFor(kind.hasDialects() ? dialect : Implementation.STRONGSWAN);
    FindingSink sink = new FindingSink();
    IncludeResolver includes = new IncludeResolver(options.root(), displayName);
    ReadContext context = new ReadContext(target, includes, sink);
    return new ReadResult(FormatReaders.of(kind, dialect).read(file, context), sink.findings());
  }
}
