------------------------------ MODULE MCStrongDeep ------------------------------
(* MCStrong with three client operations per behaviour, so that the        *)
(* three-operation hazard schedules (a slow reader's repair, a notify      *)
(* arriving late after a witness replacement, PUT/DELETE races with a     *)
(* read) are checked as a pass of the correct protocol; not in the default *)
(* CI run.                                                                 *)
EXTENDS MCRefinement
MCValues == 1..3
Constraint == Bounded(3, 1, 3)
=============================================================================
