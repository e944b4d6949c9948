--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers (
    id bigint NOT NULL,
    name text NOT NULL,
    region text
);


ALTER TABLE public.customers OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    total numeric NOT NULL,
    status text
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: customer_revenue; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.customer_revenue AS
 SELECT c.id,
    c.name,
    count(*) AS count,
    sum(o.total) AS revenue
   FROM (public.customers c
     JOIN public.orders o ON ((o.customer_id = c.id)))
  WHERE (o.status = ANY (ARRAY['paid'::text, 'shipped'::text]))
  GROUP BY c.id, c.name;


ALTER TABLE public.customer_revenue OWNER TO postgres;

--
-- Name: region_totals; Type: MATERIALIZED VIEW; Schema: public; Owner: postgres
--

CREATE MATERIALIZED VIEW public.region_totals AS
 SELECT customers.region,
    sum(orders.total) AS total
   FROM (public.customers
     JOIN public.orders ON ((orders.customer_id = customers.id)))
  GROUP BY customers.region
  WITH NO DATA;


ALTER TABLE public.region_totals OWNER TO postgres;

--
-- Name: top_customers; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.top_customers AS
 SELECT customer_revenue.id,
    customer_revenue.name
   FROM public.customer_revenue
  WHERE (customer_revenue.revenue > (1000)::numeric);


ALTER TABLE public.top_customers OWNER TO postgres;

--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: region_totals_region_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX region_totals_region_idx ON public.region_totals USING btree (region);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);


--
-- PostgreSQL database dump complete
--


