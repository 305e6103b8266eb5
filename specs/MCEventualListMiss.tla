------------------------------ MODULE MCEventualListMiss ------------------------------
(* Eventual mode must show this anomaly: TLC must report ListReflectsCompletedWrites violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(3, 1, 3)
=============================================================================
