"""Speaker label forms of committee evidence and broadcast transcripts, parts of the transcript
label pattern (:data:`pipeline.ingest.publisher.blocks._SPEAKER`).

- Committee evidence's numbered question before the questioner's label, as the UK Parliament's
  select committees print oral evidence ("Q12 Chair: ...", "Q47 Jo Ash: ...", "Q76 Lord Roe of
  Kew: ...", "Q77 The Earl of Kew: ..."): the chair, or a member's name or peerage of two to
  four capitalised words (a title allowed; "of" between them, as a peer's territorial
  designation has it) before the colon. The number makes it a label even when the questioner
  asks once. A quarter's heading ("Q4 Results: ...") names no one.
- A broadcast transcript's label in capitals: the name, then after a comma the speaker's role
  or outlet, also in capitals, and a note in small letters in brackets ("JANE ROE, ANCHOR:",
  "JOHN DOE, SCIENCE CORRESPONDENT (voice-over):", "DR. ANN LEE, SPACE AGENCY:", "ROE
  (translated):"), as television news services print their transcripts. Capitals and a colon
  already make a label ("MS. LEE:"); the role and the note are the register's additions to it.
"""

from __future__ import annotations

#: See the module: "Q12 Chair: ", "Q47 Jo Ash: ", "Q76 Lord Roe of Kew: ".
NUMBERED_QUESTION = (
    r"Q\d{1,4}[^\S\n]+(?:(?:The[^\S\n]+)?Chair(?:man|woman)?|"
    r"(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame|Lord|Baroness)\.?[^\S\n]+)?[A-Z][\w'’-]+"
    r"(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w'’-]+){1,3}):\s+"
)
#: What may follow a label's name in capitals before its colon (see the module): ", ROLE IN
#: CAPITALS" and "(a note in small letters)", each optional.
BROADCAST_ROLE = (
    r"(?:,[^\S\n]+[A-Z][A-Z.'’&-]+(?:[^\S\n]+[A-Z][A-Z.'’&-]+){0,4})?"
    r"(?:[^\S\n]*\([a-z][a-z -]{1,30}\))?"
)
