// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.SourceFile;
import java.util.List;

/**
 * The syntax tree of one settings file.
 *
 * @param valid false when the daemon's parser rejects the file (a syntax error)
 */
public record SettingsFile(SourceFile file, List<SettingsStatement> statements, List<Comment> comments, boolean valid) {

  public SettingsFile {
    statements = List.copyOf(statements);
    comments = List.copyOf(comments);
  }
}
