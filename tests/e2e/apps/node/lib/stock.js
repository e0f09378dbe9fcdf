'use strict';

const crypto = require('node:crypto');

const items = [
  { sku: 'A-100', name: 'bolt', qty: 1200, price: 0.12 },
  { sku: 'A-101', name: 'nut', qty: 950, price: 0.08 },
  { sku: 'B-200', name: 'bracket', qty: 40, price: 3.5 },
  { sku: 'C-310', name: 'hinge', qty: 0, price: 7.25 },
  { sku: 'C-311', name: 'latch', qty: 15, price: 4.1 },
];

function value(item) {
  return Math.round(item.qty * item.price * 100) / 100;
}

function lowStock(threshold) {
  return items.filter((i) => i.qty < threshold).map((i) => i.sku);
}

function digest() {
  return crypto.createHash('sha256').update(JSON.stringify(items)).digest('hex').slice(0, 16);
}

module.exports = { items, value, lowStock, digest };
