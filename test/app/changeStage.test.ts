import { changeStage } from '../../src/app/changeStage';
import { anOrder } from '../mothers/orderMother';
import { fixedEnvironment, MemoryRegister } from '../support/memoryRegister';

describe('changeStage', () => {
  it('moves forward, stamps the day and logs old and new stage in the register language', () => {
    const register = new MemoryRegister([anOrder()]);
    const dto = changeStage(register, fixedEnvironment(), {
      orderNo: ' 2026-0001 ',
      target: 'quote',
      reason: '',
    });
    expect(dto.stage).toBe('quote');
    expect(dto.stageSince).toBe('2026-06-15');
    expect(dto.nextStep).toBe('next.quote');
    expect(register.log).toEqual([
      { action: 'changeStage', orderNo: '2026-0001', oldValue: 'Anfrage', newValue: 'Angebot' },
    ]);
  });

  it('puts on hold with a reason and returns to the stage it left', () => {
    const register = new MemoryRegister([anOrder({ stage: 'kickoff' })]);
    changeStage(register, fixedEnvironment(), {
      orderNo: '2026-0001',
      target: 'onHold',
      reason: 'Kunde im Urlaub',
    });
    expect(register.orders[0].order.stageBeforeHold).toBe('kickoff');
    const back = changeStage(register, fixedEnvironment(), {
      orderNo: '2026-0001',
      target: 'kickoff',
      reason: '',
    });
    expect(back.stage).toBe('kickoff');
    expect(register.orders[0].order.stageBeforeHold).toBeNull();
  });

  it('refuses a skipped stage and an order whose row has unreadable cells', () => {
    const register = new MemoryRegister([anOrder()]);
    expect(() =>
      changeStage(register, fixedEnvironment(), { orderNo: '2026-0001', target: 'confirmed', reason: '' }),
    ).toThrow(expect.objectContaining({ key: 'err.moveNotAllowed' }));
    register.orders[0].problems = [{ column: 'deadline', value: 'bald' }];
    expect(() =>
      changeStage(register, fixedEnvironment(), { orderNo: '2026-0001', target: 'quote', reason: '' }),
    ).toThrow(expect.objectContaining({ key: 'err.badCell' }));
    expect(register.commits).toBe(0);
  });

  it('says which order is unknown', () => {
    const register = new MemoryRegister([anOrder()]);
    expect(() =>
      changeStage(register, fixedEnvironment(), { orderNo: '2026-0999', target: 'quote', reason: '' }),
    ).toThrow(expect.objectContaining({ key: 'err.unknownOrder', params: { orderNo: '2026-0999' } }));
  });
});
