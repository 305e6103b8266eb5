------------------------------ MODULE MCStrong ------------------------------
(* Strong mode: every operation, every kind of fault (one environment     *)
(* event per behaviour), versioning on and changeable.  The refinement is *)
(* checked on the memoised mapping of MCRefinement.                       *)
EXTENDS MCRefinement
MCValues == 1..2
Constraint == Bounded(2, 1, 3)
=============================================================================
