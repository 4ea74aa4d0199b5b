// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The dossier of a council decision: the documents the draft went with, the vote, the
 * communication to the prefect and the publication in the local official gazette (Monitorul
 * Oficial Local).
 *
 * <p>Source: ../shared/reference/DOMAIN.md §5, "Council decisions" [2nd/NV]. What a dossier must
 * hold, the majority and the deadlines are rule parameters ({@code
 * org.civicplan.validation.DecisionRules}); this record only holds the facts.
 *
 * @param kind the kind of decision, which selects the majority it needs (e.g. {@code strategy})
 * @param documents approval report, specialist report, committee opinions, in the order registered
 * @param vote the council's vote; empty when not recorded
 * @param prefectOn when the decision was communicated to the prefect
 * @param prefectReference the registry reference of that communication
 * @param publishedOn when it was published in the local official gazette
 * @param publicationReference where it was published (a link or issue number)
 */
public record DecisionDossier(
    String kind,
    List<DossierDocument> documents,
    Optional<Vote> vote,
    Optional<LocalDate> prefectOn,
    Optional<String> prefectReference,
    Optional<LocalDate> publishedOn,
    Optional<String> publicationReference) {

  /** The decision kind of strategies, whose majority parameter has a default. */
  public static final String STRATEGY = "strategy";

  /**
   * Creates an instance from its components.
   *
   * @param kind the kind of decision, which selects the majority it needs
   * @param documents the documents, in the order registered
   * @param vote the council's vote
   * @param prefectOn when the decision was communicated to the prefect
   * @param prefectReference the registry reference of that communication
   * @param publishedOn when it was published in the local official gazette
   * @param publicationReference where it was published
   * @throws NullPointerException if an argument or a document is null
   * @throws IllegalArgumentException if the kind is not a valid id
   */
  public DecisionDossier {
    org.civicplan.base.IdSyntax.requireValid(kind, "decision kind");
    documents = List.copyOf(documents);
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(prefectOn, "prefectOn");
    Objects.requireNonNull(prefectReference, "prefectReference");
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(publicationReference, "publicationReference");
  }

  /**
   * {@return a dossier of a strategy decision with these documents and this vote, not yet
   * communicated nor published}
   *
   * @param documents the documents, in the order registered
   * @param vote the council's vote
   */
  public static DecisionDossier of(List<DossierDocument> documents, Vote vote) {
    return new DecisionDossier(STRATEGY, documents, Optional.of(vote), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * {@return the documents of one kind, in the order registered}
   *
   * @param kind the kind
   */
  public Stream<DossierDocument> documents(DossierDocumentKind kind) {
    return documents.stream().filter(d -> d.kind() == kind);
  }

  /**
   * {@return a copy communicated to the prefect on a date under a reference}
   *
   * @param on the date of the communication
   * @param reference its registry reference
   */
  public DecisionDossier communicated(LocalDate on, String reference) {
    return new DecisionDossier(kind, documents, vote, Optional.of(on), Optional.of(reference), publishedOn,
        publicationReference);
  }

  /**
   * {@return a copy published in the local official gazette on a date at a reference}
   *
   * @param on the date of publication
   * @param reference where it was published
   */
  public DecisionDossier published(LocalDate on, String reference) {
    return new DecisionDossier(kind, documents, vote, prefectOn, prefectReference, Optional.of(on),
        Optional.of(reference));
  }

  /**
   * {@return a copy with these documents}
   *
   * @param newDocuments the documents of the copy
   */
  public DecisionDossier withDocuments(List<DossierDocument> newDocuments) {
    return new DecisionDossier(kind, newDocuments, vote, prefectOn, prefectReference, publishedOn,
        publicationReference);
  }

  /**
   * {@return a copy with this vote, or none}
   *
   * @param newVote the vote of the copy
   * @throws NullPointerException if the vote is null
   */
  public DecisionDossier withVote(Vote newVote) {
    return new DecisionDossier(kind, documents, Optional.of(Objects.requireNonNull(newVote, "vote")), prefectOn,
        prefectReference, publishedOn, publicationReference);
  }

  /** {@return a copy with no vote recorded} */
  public DecisionDossier withoutVote() {
    return new DecisionDossier(kind, documents, Optional.empty(), prefectOn, prefectReference, publishedOn,
        publicationReference);
  }
}
