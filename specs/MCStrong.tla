------------------------------ MODULE MCStrong ------------------------------
(* Strong mode: every operation, every fault, versioning on and changing.  *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(2, 2, 3)
=============================================================================
