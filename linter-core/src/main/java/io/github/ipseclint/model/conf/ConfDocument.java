// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Target;
import java.util.List;
import java.util.Optional;

/**
 * An {@code ipsec.conf} after includes, section grouping, {@code %default} and {@code also=}
 * resolution, following the target daemon's rules.
 *
 * @param trees every file's syntax tree, the top file first
 * @param configSetup all {@code config setup} sections as the daemon merges them
 * @param conns the connections in the daemon's load order, without {@code %default}; for
 *     Libreswan, two sections of the same name are two entries
 * @param cas strongSwan {@code ca} sections (never in Libreswan)
 * @param defaults the {@code %default} sections as written, for reporting the origin of values
 */
public record ConfDocument(
    Target target,
    List<ConfFile> trees,
    Optional<ResolvedSection> configSetup,
    List<ResolvedSection> conns,
    List<ResolvedSection> cas,
    List<ResolvedSection> defaults)
    implements Document {

  public ConfDocument {
    trees = List.copyOf(trees);
    conns = List.copyOf(conns);
    cas = List.copyOf(cas);
    defaults = List.copyOf(defaults);
  }

  @Override
  public FileKind kind() {
    return FileKind.IPSEC_CONF;
  }

  @Override
  public List<SourceFile> files() {
    return trees.stream().map(ConfFile::file).toList();
  }
}
