------------------------------ MODULE MCBugWitnessKeepsStateAfterPartition ------------------------------
(* The strong protocol with {"WitnessKeepsStateAfterPartition"} removed/replaced: TLC must report NoStaleRead violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(2, 3, 3)
=============================================================================
