// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.SourceFile;
import java.util.List;

/** The syntax tree of one {@code ipsec.secrets} file (the top file or an included one). */
public record SecretsFile(SourceFile file, List<SecretsStatement> statements, List<Comment> comments) {
  public SecretsFile {
    statements = List.copyOf(statements);
    comments = List.copyOf(comments);
  }
}
