-- PostgreSQL stores `boolean 'f'` as `false`, and bit strings (`B'0101'`, `X'1F'`) as the string of
-- their binary digits (`'00011111'::"bit"`).
CREATE TABLE flags (
    id bigint PRIMARY KEY,
    active boolean DEFAULT boolean 'yes',
    inactive boolean DEFAULT bool 'f',
    off_switch boolean DEFAULT 'off'::boolean,
    mask bit(8) DEFAULT x'1F',
    nibble bit(4) DEFAULT X'a',
    bits bit varying(16) DEFAULT b'0101',
    CONSTRAINT flags_mask_not_full CHECK (mask <> B'11111111')
);
