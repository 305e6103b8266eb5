------------------------------ MODULE MCBugStaleRepair ------------------------------
(* The strong protocol with {"RepairStampsWitnessSeq"} removed/replaced: TLC must report NoStaleRead violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(3, 0, 3)
=============================================================================
