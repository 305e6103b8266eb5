------------------------------ MODULE MCStrong ------------------------------
(* Strong mode: every operation, every fault, versioning on and changing.  *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(3, 1, 3)
=============================================================================
