// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The proposal matrix as a sequence of headings, paragraphs and tables of plain text, so that
 * Markdown and HTML show the same content and each only has to escape and mark it up.
 */
final class MatrixLayout {

  /** A part of the document. */
  sealed interface Block permits Heading, Paragraph, Grid {}

  record Heading(int level, String text) implements Block {}

  record Paragraph(String text) implements Block {}

  record Grid(List<String> header, List<List<Cell>> rows) implements Block {

    Grid {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A table cell: text shown as code (a proposal, a suite) or as prose, and an optional note in
   * prose after it.
   */
  record Cell(String text, boolean code, Optional<String> note) {

    static Cell plain(String text) {
      return new Cell(text, false, Optional.empty());
    }

    static Cell code(String text) {
      return new Cell(text, true, Optional.empty());
    }
  }

  private final List<Block> blocks = new ArrayList<>();

  private MatrixLayout() {}

  static List<Block> of(ProposalMatrix matrix) {
    MatrixLayout layout = new MatrixLayout();
    layout.write(matrix);
    return List.copyOf(layout.blocks);
  }

  private void write(ProposalMatrix matrix) {
    EndView left = matrix.end(Side.LEFT);
    EndView right = matrix.end(Side.RIGHT);
    blocks.add(new Heading(1, "Proposal matrix: " + left.label() + " and " + right.label()));
    blocks.add(new Grid(List.of("", "left", "right"), List.of(
        row("end", left.reference(), right.reference()),
        row("connection", left.label(), right.label()),
        row("daemon", left.target() + ", " + left.frontEnd(), right.target() + ", " + right.frontEnd()),
        row("IKE version", left.ikeVersion(), right.ikeVersion()),
        row("sends ID / expects", left.localId() + " / " + left.remoteId(), right.localId() + " / " + right.remoteId()),
        row("authenticates with / expects", left.localAuth() + " / " + left.remoteAuth(),
            right.localAuth() + " / " + right.remoteAuth()),
        row("starts the tunnel", starts(left), starts(right)))));
    findings(matrix.input());
    blocks.add(new Paragraph("Proposals are listed in each daemon's order of preference, with the daemon's defaults "
        + "written out: a * after a transform marks one the daemon derives or adds, (default) marks a proposal the "
        + "daemon adds, and (option not set) a list that is entirely the daemon's default. ESP and AH lists are "
        + "compared as the CHILD SA created in IKE_AUTH uses them, without key exchange; what the first rekey "
        + "(where PFS groups must agree) does is under What is chosen."));
    for (ProposalMatrix.Table table : matrix.tables()) {
      table(table, left, right);
    }
    chosen(matrix.input());
  }

  private void findings(SimulationInput input) {
    if (input.shown().isEmpty()) {
      return;
    }
    blocks.add(new Heading(2, "Findings in the files"));
    blocks.add(new Grid(List.of("where", "finding"), input.shown().stream()
        .map(finding -> List.of(Cell.plain(SimulationText.place(finding.span())), Cell.plain(describe(finding))))
        .toList()));
  }

  private void table(ProposalMatrix.Table table, EndView left, EndView right) {
    blocks.add(new Heading(2, table.title() + " proposals"));
    List<List<Cell>> rows = new ArrayList<>();
    int count = Math.max(table.left().offers().size(), table.right().offers().size());
    for (int i = 0; i < count; i++) {
      rows.add(List.of(Cell.plain(String.valueOf(i + 1)), offer(table.left(), i), offer(table.right(), i)));
    }
    blocks.add(new Grid(List.of("#", header("left", left, table.left()), header("right", right, table.right())), rows));
    for (ProposalMatrix.Agreement agreement : table.agreements()) {
      blocks.add(new Heading(3, "In common for " + agreement.exchange()));
      if (agreement.common().isEmpty()) {
        blocks.add(new Paragraph("Nothing in common: the responder answers NO_PROPOSAL_CHOSEN, whichever end initiates."));
        continue;
      }
      blocks.add(new Grid(List.of("left #", "right #", "right selects (left initiates)", "left selects (right initiates)"),
          agreement.common().stream().map(common -> List.of(Cell.plain(String.valueOf(common.leftPosition())),
              Cell.plain(String.valueOf(common.rightPosition())), suite(common.rightSelects()),
              suite(common.leftSelects()))).toList()));
    }
  }

  private void chosen(SimulationInput input) {
    blocks.add(new Heading(2, "What is chosen"));
    List<List<Cell>> rows = new ArrayList<>();
    for (DirectionOutcome direction : input.report().directions()) {
      String rounds = SimulationText.rounds(direction).strip();
      rows.add(List.of(
          Cell.plain(direction.initiator().label() + " (" + input.end(direction.initiator()).label() + ")"),
          Cell.plain(direction.configuredToInitiate() ? "yes" : "no (shown because neither end starts the tunnel)"),
          direction.ikeSuite().map(suite -> new Cell(suite, true, Optional.of(rounds).filter(r -> !r.isEmpty())))
              .orElse(Cell.plain("none")),
          suite(direction.childSuite()),
          Cell.plain(SimulationText.rekey(direction.firstRekey())),
          Cell.plain(verdict(direction))));
    }
    blocks.add(new Grid(List.of("initiator", "configured to initiate", "IKE suite", "CHILD suite", "first rekey",
        "verdict"), rows));
  }

  /** {@code NO_IKE_SA: NO_PROPOSAL_CHOSEN in IKE_SA_INIT}, {@code STABLE (without PFS)}. */
  static String verdict(DirectionOutcome direction) {
    String text = direction.verdict().name();
    if (!direction.qualifier().isEmpty()) {
      text += " (" + direction.qualifier() + ")";
    }
    if (direction.phase().isPresent()) {
      text += ": " + direction.notification().map(Enum::name).orElse("no notification") + " in "
          + direction.phase().get();
    }
    return text;
  }

  private static List<Cell> row(String label, String left, String right) {
    return List.of(Cell.plain(label), Cell.plain(left), Cell.plain(right));
  }

  private static String starts(EndView end) {
    return end.children().stream().map(child -> child.name() + ": " + child.startAction())
        .collect(Collectors.joining(", "));
  }

  private static String header(String side, EndView end, ProposalList list) {
    return side + ": " + end.label() + (list.omitted() ? " (option not set)" : "");
  }

  private static Cell offer(ProposalList list, int index) {
    if (index >= list.offers().size()) {
      return Cell.plain("");
    }
    Offer offer = list.offers().get(index);
    return new Cell(offer.text(), true, offer.defaultNote().map(note -> "(" + note + ")"));
  }

  private static Cell suite(Optional<String> suite) {
    return suite.map(Cell::code).orElse(Cell.plain("none"));
  }

  private static String describe(Finding finding) {
    return finding.severity().label() + ": " + finding.message() + " [" + finding.rule().value() + "]";
  }
}
