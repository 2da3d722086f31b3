// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** The comments among a file's tokens, leading blanks and a trailing CR removed. */
final class SecretsComments {
  private SecretsComments() {}

  static List<Comment> of(SourceFile file, List<Token> tokens, int channel) {
    List<Comment> comments = new ArrayList<>();
    for (Token token : tokens) {
      if (token.getChannel() != channel) {
        continue;
      }
      String text = token.getText();
      int hash = text.indexOf('#');
      int end = text.endsWith("\r") ? text.length() - 1 : text.length();
      int start = token.getStartIndex();
      comments.add(new Comment(new ByteText(text.substring(hash, end)),
          file.span(start + hash, Math.min(start + end, file.size()))));
    }
    return comments;
  }
}
