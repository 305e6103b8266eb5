------------------------------ MODULE MCEventualReadAfterDelete ------------------------------
(* Eventual mode must show this anomaly: TLC must report NoReadAfterDelete violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(3, 1, 3)
=============================================================================
