// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Target;
import java.util.List;

/**
 * An {@code ipsec.secrets} file and its includes as one daemon reads them.
 *
 * @param trees the syntax tree of every file read, in the order each was first read
 * @param entries every entry in load order (a file included twice contributes twice), loaded or not
 */
public record SecretsDocument(
    Target target, List<SourceFile> files, List<SecretsFile> trees, List<LoadedEntry> entries)
    implements Document {

  public SecretsDocument {
    files = List.copyOf(files);
    trees = List.copyOf(trees);
    entries = List.copyOf(entries);
  }

  @Override
  public FileKind kind() {
    return FileKind.IPSEC_SECRETS;
  }

  /** The entries the daemon keeps, in load order. */
  public List<SecretEntry> loadedEntries() {
    return entries.stream().filter(LoadedEntry::loaded).map(LoadedEntry::entry).toList();
  }
}
