// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.FormatReader;
import io.github.ipseclint.parse.ReadContext;
import java.util.List;

/**
 * strongSwan {@code ipsec.conf} as starter reads it (formats.md §2): parses the file and its
 * includes, splices the includes in, groups and resolves the sections, and checks the keywords
 * against the target release's table.
 */
public final class StrongswanConfReader implements FormatReader {

  @Override
  public Document read(SourceFile file, ReadContext context) {
    StatementSplicer splicer = new StatementSplicer(context);
    List<ConfStatement> stream = splicer.splice(file);
    return new StrongswanResolver(context.target(), context.findings()).resolve(splicer.trees(), stream);
  }
}
