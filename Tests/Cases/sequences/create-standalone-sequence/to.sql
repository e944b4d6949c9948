CREATE SEQUENCE invoice_numbers AS integer INCREMENT BY 5 START WITH 100 CACHE 10;
CREATE TABLE invoices (number integer NOT NULL DEFAULT nextval('invoice_numbers'), total numeric);
