------------------------------ MODULE MCEventualFlicker ------------------------------
(* Eventual mode must show this anomaly: TLC must report NoFlicker violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(3, 1, 3)
=============================================================================
