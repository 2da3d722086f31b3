// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.Implementation;
import java.util.List;

/**
 * One {@code ipsec.conf} file as written, in either dialect: its line-level statements in file
 * order. Sections are not grouped here because an {@code include} splices another file's
 * statements into the middle of a section; {@link ConfDocument} holds the grouped result.
 */
public record ConfFile(
    SourceFile file, Implementation dialect, List<ConfStatement> statements, List<Comment> comments) {

  public ConfFile {
    statements = List.copyOf(statements);
    comments = List.copyOf(comments);
  }
}
