-- Rates for comparing pay across currencies. These are not from the five documents: each row
-- names the publication it comes from. units_per_usd is how many units of the currency buy what
-- one US dollar buys: at the market exchange rate, or at purchasing-power parity (PPP).
-- A PPP row records the World Bank's price level ratio it was derived from; its rate is that
-- ratio times the market rate, rounded to two decimals (a test holds the rows to this).
CREATE TABLE conversion_rate (
    id                INTEGER       NOT NULL PRIMARY KEY,
    currency          VARCHAR(3)    NOT NULL,
    kind              VARCHAR(10)   NOT NULL CHECK (kind IN ('market', 'ppp')),
    units_per_usd     NUMERIC(12, 4) NOT NULL CHECK (units_per_usd > 0),
    rate_year         INTEGER       NOT NULL,
    publisher         VARCHAR(120)  NOT NULL,
    publication       VARCHAR(200)  NOT NULL,
    series            VARCHAR(300)  NOT NULL,
    price_level_ratio NUMERIC(8, 4),
    UNIQUE (currency, kind)
);

INSERT INTO conversion_rate (id, currency, kind, units_per_usd, rate_year, publisher, publication, series, price_level_ratio) VALUES
(1, 'INR', 'market', 82.62, 2023, 'Reserve Bank of India', 'Handbook of Statistics on the Indian Economy',
 'Exchange rate of the Indian rupee vis-à-vis the US dollar, annual average', NULL),
(2, 'INR', 'ppp', 23.71, 2022, 'World Bank', 'World Development Indicators',
 'Price level ratio of PPP conversion factor (GDP) to market exchange rate, India', 0.287);
