// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.source.Comment;
import java.util.List;

/** One file's statements, comments and syntax errors, before the reader decides what loads. */
record SecretsParse(List<BuiltStatement> statements, List<Comment> comments, List<LineError> syntaxErrors) {
  SecretsParse {
    statements = List.copyOf(statements);
    comments = List.copyOf(comments);
    syntaxErrors = List.copyOf(syntaxErrors);
  }
}
