package org.civicplan.strategy;

import org.civicplan.base.IdSyntax;


/**
 * Template-specific data attached to a strategy: an emission inventory, a risk assessment, an
 * accessibility audit, a facility inventory...
 *
 * <p>Core knows an annex only by its {@link #kind()}. Templates contribute typed annexes (records
 * implementing this interface, described by an {@code AnnexType}); an annex whose kind no installed
 * template knows is read as a {@link RawAnnex} and written back unchanged.
 */
public interface Annex {

  /** The kind, e.g. {@code emission-inventory}; follows {@link IdSyntax}. */
  String kind();
}
