------------------------------ MODULE MCBugListSkipsWitness ------------------------------
(* The strong protocol with {"ListSkipsWitness"} removed/replaced: TLC must report ListReflectsCompletedWrites violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(3, 1, 3)
=============================================================================
