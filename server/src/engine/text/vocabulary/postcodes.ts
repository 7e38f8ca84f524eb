// Region codes written before a postcode ("Kirkland WA 98034", "Austin, TX 78701").
export const US_STATES = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR'];
/** Labels of a postcode in Chinese and English. */
export const POSTCODE_LABELS = ['邮编', '郵編', '邮政编码', 'zip(?:\\s?code)?', 'post\\s?code', 'postal\\s?code'];
