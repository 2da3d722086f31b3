// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.document;

import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Target;
import java.util.List;

/**
 * What one daemon reads from one top-level file and everything it includes: the syntax trees of
 * every file and the structure resolved the way that daemon resolves it. Implemented once per
 * syntax ({@code ConfDocument}, {@code SettingsDocument}, {@code SecretsDocument}).
 */
public interface Document {

  FileKind kind();

  /** The daemon and release whose rules were applied. */
  Target target();

  /** The file that was read, then every included file in the order it was first read. */
  List<SourceFile> files();
}
