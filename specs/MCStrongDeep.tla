------------------------------ MODULE MCStrongDeep ------------------------------
(* MCStrong with two environment events per behaviour (a fault and its   *)
(* recovery, or two faults); not in the default CI run.                   *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(2, 2, 3)
=============================================================================
