import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const RESTAURANT: Domain = {
  name: 'restaurant',
  keywords: ['restaurant', 'restaurants', 'food delivery', 'cafe', 'bar', 'kitchen', 'dining', 'food ordering', 'takeaway', 'pizza', 'pizzeria'],
  defaults: ['restaurants', 'menu_items', 'orders', 'reservations'],
  scenarios: [
    { name: 'food delivery', keywords: ['food delivery', 'food ordering', 'meal delivery', 'takeaway', 'uber eats', 'doordash', 'deliveroo', 'pizza delivery'], core: ['customers', 'restaurants', 'orders', 'couriers', 'menu_items', 'order_items'] },
  ],
  kinds: [
    {
      name: 'restaurants',
      setting: true,
      aliases: ['cafes', 'eateries', 'venues'],
      description: 'A restaurant',
      naming: 'company.name',
      fields: ['name', 'cuisine', 'city', 'phone', 'rating', 'price_level'],
      enums: {
        cuisine: weighted('Italian|Mexican|Japanese|Indian|American|Thai|French|Chinese|Mediterranean'),
        price_level: weighted('$=25|$$=45|$$$=22|$$$$=8'),
      },
    },
    {
      name: 'tables',
      aliases: ['dining tables', 'restaurant tables'],
      description: 'A table in a restaurant',
      references: ['restaurants'],
      fields: ['table_number', 'seats', 'area'],
      enums: { area: weighted('main=60|patio=20|bar=10|private=10') },
      ranges: { seats: [2, 12] },
    },
    {
      name: 'menu_items',
      aliases: ['dishes', 'menu', 'meals', 'menu entries'],
      description: 'A dish on the menu',
      references: ['restaurants'],
      fields: ['name', 'course', 'price', 'is_vegetarian', 'calories'],
      enums: {
        name: weighted('Margherita Pizza|Caesar Salad|Chicken Tikka Masala|Pad Thai|Cheeseburger|Salmon Sushi Roll|Beef Tacos|Mushroom Risotto|Falafel Wrap|Tiramisu'),
        course: weighted('starter=25|main=50|dessert=15|drink=10'),
      },
      ranges: { price: [4, 45], calories: [150, 1400] },
    },
    {
      name: 'orders',
      aliases: ['food orders'],
      description: 'A food order',
      references: ['customers', 'restaurants', { kind: 'menu_items', unless: 'order_items' }, 'couriers'],
      fields: ['ordered_at', 'order_type', 'quantity', 'unit_price', 'total_amount', 'tip_amount', 'status'],
      enums: {
        order_type: weighted('dine_in=40|takeaway=25|delivery=35'),
        status: weighted('placed=5|preparing=5|ready=5|delivered=75|cancelled=10'),
      },
      ranges: { quantity: [1, 6], unit_price: [4, 45], tip_amount: [0, 20] },
    },
    {
      name: 'order_items',
      singular: 'order_item',
      description: 'One dish of a food order',
      references: ['orders', 'menu_items'],
      fields: ['quantity', 'unit_price', 'line_total', 'special_instructions'],
      ranges: { quantity: [1, 4], unit_price: [4, 45] },
    },
    {
      name: 'couriers',
      aliases: ['delivery riders', 'delivery couriers'],
      description: 'A courier who delivers food orders',
      person: true,
      fields: ['first_name', 'last_name', 'phone', 'vehicle_type', 'joined_date', 'rating', 'is_active'],
      enums: { vehicle_type: weighted('bicycle=35|scooter=35|car=25|on_foot=5') },
      ranges: { rating: [3, 5] },
    },
    {
      name: 'reservations',
      aliases: ['table bookings', 'bookings'],
      description: 'A table reservation',
      references: ['restaurants', 'tables', 'customers'],
      fields: ['reserved_for', 'party_size', 'status', 'special_requests'],
      enums: { status: weighted('confirmed=40|seated=40|cancelled=12|no_show=8') },
      ranges: { party_size: [1, 10] },
    },
  ],
};
