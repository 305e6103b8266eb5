------------------------------ MODULE MCStrongDeep ------------------------------
(* Strong mode with larger bounds than MCStrong; not in the default CI run. *)
EXTENDS MCCommon
MCValues == 1..3
Constraint == Bounded(3, 3, 3)
=============================================================================
