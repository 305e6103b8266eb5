------------------------------ MODULE MCEventualStaleRead ------------------------------
(* Eventual mode must show this anomaly: TLC must report NoStaleRead violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(3, 1, 3)
=============================================================================
